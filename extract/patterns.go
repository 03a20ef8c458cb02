package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	truthlens "github.com/truthlens/truthlens"
)

// Boilerplate lines as people paste or scrape them: the widgets around an
// article (share bars, comment forms, ad labels, app promotion, site
// navigation). Matching is on the folded line (see foldLine), as a whole
// line, so an article sentence that merely mentions "comments" is kept.

// exactBoiler maps a folded line to its removed kind.
var exactBoiler = map[string]string{}

func addExact(kind string, lines ...string) {
	for _, l := range lines {
		exactBoiler[l] = kind
	}
}

func init() {
	addExact(truthlens.RemovedNavigation,
		// English
		"back to home", "back to homepage", "home", "homepage", "menu", "main menu", "search",
		"skip to content", "skip to main content", "skip to navigation", "back to top", "go to top",
		"scroll to top", "top", "previous post", "next post", "previous post next post",
		"previous article", "next article", "previous story", "next story", "prev", "next",
		"previous", "older posts", "newer posts", "share", "share this", "share this article",
		"share this story", "share this post", "share on facebook", "share on twitter",
		"share on x", "share on linkedin", "share on whatsapp", "share via email", "tweet",
		"facebook", "twitter", "linkedin", "whatsapp", "telegram", "pinterest", "reddit", "email",
		"print", "copy link", "link copied", "copy url", "save", "save article", "bookmark",
		"listen", "listen to this article", "follow us", "follow", "sign in", "log in", "login",
		"sign up", "register", "subscribe", "subscribe now", "logo", "view raw article source",
		"view raw article source (external link)", "read more", "continue reading", "read full story",
		"read full article", "click here", "see more", "show more", "load more", "view all",
		"see all", "tags", "topics", "categories", "filed under", "you are here", "breadcrumb",
		"toggle navigation", "open menu", "close menu", "close", "font size", "text size",
		"accessibility", "all rights reserved", "privacy policy", "terms of use", "cookie policy",
		"contact us", "about us", "newsletter", "sign up for our newsletter", "get our newsletter",
		// German, French, Spanish, Portuguese, Italian, Dutch
		"zurück", "zurück zur startseite", "startseite", "teilen", "artikel teilen", "drucken",
		"weiterlesen", "mehr lesen", "anmelden", "abonnieren", "suche",
		"accueil", "retour à l'accueil", "partager", "imprimer", "lire la suite", "se connecter",
		"s'abonner", "rechercher", "menú", "inicio", "volver al inicio", "compartir", "imprimir",
		"leer más", "seguir leyendo", "iniciar sesión", "suscríbete", "buscar", "voltar",
		"compartilhar", "partilhar", "leia mais", "ler mais", "entrar", "assine", "condividi",
		"stampa", "leggi anche", "leggi di più", "accedi", "cerca", "delen", "lees meer", "zoeken",
		"czytaj więcej", "dowiedz się więcej", "więcej", "udostępnij", "komentarze",
	)
	addExact(truthlens.RemovedComments,
		"comments", "comment", "post a comment", "add a comment", "leave a comment", "leave a reply",
		"leave a reply cancel reply", "cancel reply", "post comment", "submit comment",
		"no comments", "no comments yet", "be the first to comment", "show comments",
		"view comments", "load comments", "hide comments", "join the conversation",
		"join the discussion", "reply", "please enter your comment!", "please enter your comment",
		"please enter your name here", "please enter your name", "please enter your email",
		"please enter your email address here", "you have entered an incorrect email address!",
		"you have entered an incorrect email address",
		"save my name, email, and website in this browser for the next time i comment",
		"notify me of follow-up comments by email", "notify me of new posts by email",
		"your email address will not be published", "required fields are marked *",
		"kommentare", "kommentar", "kommentar schreiben", "kommentieren", "commentaires",
		"commentaire", "laisser un commentaire", "réagir", "comentarios", "comentario",
		"deja un comentario", "dejar un comentario", "comentários", "comentar",
		"deixe um comentário", "commenti", "lascia un commento", "reacties", "reageer",
	)
	addExact(truthlens.RemovedAds,
		"advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "promoted",
		"amazon ads", "google ads", "ad feedback", "scroll to continue with content",
		"story continues below advertisement", "article continues below advertisement",
		"continue reading below", "try our ai features", "download the app", "download our app",
		"get the app", "get started now", "anzeige", "werbung", "publicité", "publicidad",
		"publicidade", "pubblicità", "advertentie",
	)
}

// Patterns for lines that vary (counts, site names).
var (
	rxCommentCount = regexp.MustCompile(`^(\d+|no|one|two|three)\s+(comments?|replies|responses|kommentare|commentaires|comentarios|comentários|commenti|reacties)$|^(comments|kommentare|commentaires|comentarios)\s*\(?\d+\)?$`)
	rxAppPromo     = regexp.MustCompile(`\b(download|install|get)\b.{0,60}\bapps?\b|\bapps?\b.{0,40}\b(download|today|now)\b|\b(app[ -]?store|play[ -]?store|google play)\b`)
	rxNavPrefix    = regexp.MustCompile(`^(share|follow us|follow|subscribe to|sign up for|read more|related|more from|see also|also read|read also|tags?|topics?|categories|filed under)\s*[:|]`)
	rxAppStore     = regexp.MustCompile(`app[ -]?store|play[ -]?store|google play`)
	rxTimeAgo      = regexp.MustCompile(`^(time)?\s*(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$`)
	rxPromoExplore = regexp.MustCompile(`^(explore|discover|see|find out|learn) what .{1,40} can do for you$|^ready to (dive|get started|explore)\b`)
)

// foldLine lower-cases a line, drops leading bullets and trailing ":" or
// ellipses, and collapses white space, for boilerplate matching.
func foldLine(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("•·*-–—|>»›#", r)
	})
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(":.…|»›", r)
	})
	return strings.Join(strings.Fields(s), " ")
}

// boilerKind says whether a whole line is boilerplate and of which kind;
// "" means it is not. Only short lines are tested.
func boilerKind(line string, words int) string {
	if words > 30 {
		return ""
	}
	f := foldLine(line)
	if f == "" {
		return ""
	}
	if k, ok := exactBoiler[f]; ok {
		return k
	}
	if k, ok := exactBoiler[strings.TrimRight(f, "!?")]; ok {
		return k
	}
	if containsAny(f, []string{"comment", "kommentar", "comentar", "repl", "respons", "reactie"}) && rxCommentCount.MatchString(f) {
		return truthlens.RemovedComments
	}
	if strings.Contains(f, "ago") && rxTimeAgo.MatchString(f) {
		return truthlens.RemovedOther
	}
	if words <= 25 && (strings.Contains(f, "app") || strings.Contains(f, "play")) {
		if rxAppPromo.MatchString(f) && !endsSentence(line) || rxAppStore.MatchString(f) {
			return truthlens.RemovedAds
		}
	}
	if words <= 25 && rxPromoExplore.MatchString(f) {
		return truthlens.RemovedAds
	}
	if words <= 12 && strings.ContainsAny(f, ":|") && rxNavPrefix.MatchString(f) {
		return truthlens.RemovedNavigation
	}
	if words <= 40 {
		if k := promoKind(f); k != "" {
			return k
		}
	}
	if isShareBar(f) {
		return truthlens.RemovedNavigation
	}
	return ""
}

// shareWords are the names a share bar is made of.
var shareWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true,
	"telegram": true, "email": true, "e-mail": true, "print": true, "reddit": true,
	"pinterest": true, "share": true, "tweet": true, "copy": true, "link": true, "messenger": true,
	"mail": true, "sms": true, "flipboard": true, "bluesky": true, "threads": true,
}

// isShareBar: a line made only of share-service names ("Facebook Twitter
// Email").
func isShareBar(f string) bool {
	n := 0
	ok := true
	start := -1
	check := func(w string) {
		n++
		if !shareWords[w] {
			ok = false
		}
	}
	for i := 0; i <= len(f) && ok; i++ {
		sep := i == len(f) || f[i] == ' ' || f[i] == '|' || f[i] == '/' || f[i] == ','
		if !sep {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			check(f[start:i])
			start = -1
		}
	}
	return ok && n >= 2 && n <= 12
}

// endsSentence: the line ends like a sentence of running text.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '"', '”', '’', '»', ')', '。', '！', '？', '…':
		return true
	}
	return false
}

var (
	rxNewsletter = regexp.MustCompile(`^(sign up|subscribe|register|get|join)\b.{0,80}\b(newsletter|inbox|alerts|updates|briefing|our free)\b|\bnewsletter\b.{0,60}\b(sign up|subscribe|inbox)\b|^follow (us|[\p{L}. ]{2,30}) on (twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|bluesky|google news|whatsapp|telegram)\b`)
	rxCookie     = regexp.MustCompile(`\b(we|this (web)?site) uses? cookies\b|\bcookie (policy|settings|preferences)\b|\baccept (all )?cookies\b`)
	rxCredit     = regexp.MustCompile(`^(photo|photograph|image|picture|illustration|video|foto|bild|credit|source image)s?\s*(credit)?\s*[:|]\s*.{1,80}$|^(getty images|afp|reuters|ap photo|shutterstock|istock|dpa|epa)\b.{0,60}$|\(\s*(photo|image|picture|credit)\s*:\s*[^)]{1,60}\)$`)
	rxCopyLine   = regexp.MustCompile(`^(©|\(c\)|copyright)\s*(\d{4})?|all rights reserved\.?$|^alle rechte vorbehalten|^tous droits réservés|^todos los derechos reservados`)
)

// promoKind recognises newsletter and social promotion, cookie notices,
// picture credits and copyright lines (on folded lines, after a keyword
// test that keeps the hot path cheap).
func promoKind(f string) string {
	switch {
	case containsAny(f, []string{"newsletter", "inbox", "alerts", "updates", "briefing", "follow "}) && rxNewsletter.MatchString(f):
		return truthlens.RemovedAds
	case strings.Contains(f, "cookie") && rxCookie.MatchString(f):
		return truthlens.RemovedOther
	case containsAny(f, []string{"©", "(c)", "copyright", "rights", "rechte", "droits", "derechos"}) && rxCopyLine.MatchString(f):
		return truthlens.RemovedOther
	case containsAny(f, []string{"photo", "image", "picture", "illustration", "video", "foto", "bild", "credit", "getty", "afp", "reuters", "ap ", "shutterstock", "istock", "dpa", "epa"}) && rxCredit.MatchString(f):
		return truthlens.RemovedOther
	}
	return ""
}
