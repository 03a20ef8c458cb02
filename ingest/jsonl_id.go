package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// UnmarshalJSON reads a record whose "id" is a string or a number (many
// public dumps number their articles: {"id": 17, ...}); a number keeps
// its JSON spelling ("17"). Any other id is an error naming the field.
func (r *Record) UnmarshalJSON(b []byte) error {
	type plain Record
	var v struct {
		plain
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = Record(v.plain)
	id := bytes.TrimSpace(v.ID)
	switch {
	case len(id) == 0 || string(id) == "null":
		r.ID = ""
	case id[0] == '"':
		return json.Unmarshal(id, &r.ID)
	case id[0] == '-' || id[0] >= '0' && id[0] <= '9':
		var n json.Number
		if err := json.Unmarshal(id, &n); err != nil {
			return err
		}
		r.ID = n.String()
	default:
		return fmt.Errorf(`"id" must be a string or a number, not %s`, id)
	}
	return nil
}
