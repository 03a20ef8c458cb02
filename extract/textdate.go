package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	truthlens "github.com/truthlens/truthlens"
)

// Date lines of pasted text ("Published 2 May 2024", "Updated: March 3,
// 2024 10:05 GMT", "2024-05-02T09:00:00+02:00"): they are metadata, not
// body. A publish (or bare) date line near the top gives the publish date.

var monthNames = map[string]time.Month{}

func init() {
	for i, names := range [][]string{
		{"january", "jan", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio"},
		{"february", "feb", "februar", "février", "févr", "fevrier", "febrero", "fevereiro", "febbraio"},
		{"march", "mar", "märz", "maerz", "mars", "marzo", "março"},
		{"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
		{"may", "mai", "mayo", "maio", "maggio"},
		{"june", "jun", "juni", "juin", "junio", "junho", "giugno"},
		{"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio"},
		{"august", "aug", "août", "aout", "agosto", "ago"},
		{"september", "sep", "sept", "septembre", "septiembre", "setembro", "settembre"},
		{"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre"},
		{"november", "nov", "novembre", "noviembre", "novembro"},
		{"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dezembro", "dicembre"},
	} {
		for _, n := range names {
			monthNames[n] = time.Month(i + 1)
		}
	}
}

const monthRx = `([\p{L}]{3,10})\.?`

var (
	rxDateLabel = regexp.MustCompile(`(?i)^([\p{L}]+\s+){0,3}?(publish date|publication date|date published|release date)\s*[:|,–—-]?\s*|^(first published|published|posted|last updated|updated|date|veröffentlicht|aktualisiert|stand|publié le|publié|mis à jour le|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato)\s*(on|am|le|el|em|il)?\s*[:|,–—-]?\s*`)
	rxWeekday   = regexp.MustCompile(`(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[\p{L}]*\.?,?\s+`)
	rxISODate   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$`)
	rxDMY       = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?` + monthRx + `\s+(?:de\s+)?(\d{4})(.*)$`)
	rxMDY       = regexp.MustCompile(`(?i)^` + monthRx + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$`)
	rxTimeTail  = regexp.MustCompile(`(?i)^\s*(?:,|at|um|à|a las|\||–|-)?\s*(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?(?:\s*(?:uhr|h))?\s*$`)
)

// dateLine parses a line that is only a date, with an optional label,
// weekday and time. publish is false for "updated" lines.
func dateLine(line string, words int) (d truthlens.Date, publish, ok bool) {
	if words > 12 || len(line) > 80 || !strings.ContainsAny(line, "0123456789") {
		return "", false, false
	}
	s := strings.TrimSpace(line)
	publish = true
	if m := rxDateLabel.FindString(s); m != "" {
		l := strings.ToLower(m)
		if strings.Contains(l, "updat") || strings.Contains(l, "aktualis") || strings.Contains(l, "mis à jour") ||
			strings.Contains(l, "actualiz") || strings.Contains(l, "atualiz") || strings.Contains(l, "aggiorn") || strings.HasPrefix(l, "stand") {
			publish = false
		}
		s = s[len(m):]
	}
	s = strings.TrimSpace(rxWeekday.ReplaceAllString(s, ""))
	if m := rxISODate.FindStringSubmatch(s); m != nil {
		y, mo, da := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if !validDay(y, mo, da) {
			return "", false, false
		}
		if m[4] != "" && m[7] != "" {
			if t, _, ok := parseISODate(s); ok {
				return formatDate(t, true), publish, true
			}
		}
		return truthlens.Date(time.Date(y, time.Month(mo), da, 0, 0, 0, 0, time.UTC).Format("2006-01-02")), publish, true
	}
	var y, da int
	var mon time.Month
	var tail string
	if m := rxDMY.FindStringSubmatch(s); m != nil {
		da, y, tail = atoi(m[1]), atoi(m[3]), m[4]
		mon = monthNames[strings.ToLower(m[2])]
	} else if m := rxMDY.FindStringSubmatch(s); m != nil {
		da, y, tail = atoi(m[2]), atoi(m[3]), m[4]
		mon = monthNames[strings.ToLower(m[1])]
	} else {
		return "", false, false
	}
	if mon == 0 || !validDay(y, int(mon), da) {
		return "", false, false
	}
	day := time.Date(y, mon, da, 0, 0, 0, 0, time.UTC)
	if strings.TrimSpace(tail) == "" {
		return truthlens.Date(day.Format("2006-01-02")), publish, true
	}
	tm := rxTimeTail.FindStringSubmatch(tail)
	if tm == nil {
		return "", false, false
	}
	h, mi := atoi(tm[1]), atoi(tm[2])
	ampm := strings.ToLower(strings.ReplaceAll(tm[3], ".", ""))
	if ampm == "pm" && h < 12 {
		h += 12
	} else if ampm == "am" && h == 12 {
		h = 0
	}
	if h > 23 || mi > 59 {
		return "", false, false
	}
	zone := strings.ToLower(tm[4])
	if zone == "" {
		// The time of day without a zone cannot be stated in RFC 3339.
		return truthlens.Date(day.Format("2006-01-02")), publish, true
	}
	loc := time.UTC
	if zone != "z" && zone != "utc" && zone != "gmt" {
		z := strings.ReplaceAll(zone, ":", "")
		off := (atoi(z[1:3])*60 + atoi(z[3:5])) * 60
		if z[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	}
	t := time.Date(y, mon, da, h, mi, 0, 0, loc)
	return formatDate(t, true), publish, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func validDay(y, m, d int) bool {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
