package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/internal/storeenc"
)

// outletSelect aggregates articles per outlet id. The name shown is the
// smallest of the spellings that map to the id (deterministic).
const outletSelect = `SELECT outlet_id, MIN(outlet), count(*), avg(objectivity), avg(accuracy),
	avg(transparency), avg(overall) FROM articles`

// Outlets returns every outlet with its article count and average scores,
// most articles first (ties by id).
func (db *DB) Outlets(ctx context.Context) ([]truthlens.Outlet, error) {
	rows, err := db.read.QueryContext(ctx, outletSelect+` GROUP BY outlet_id ORDER BY count(*) DESC, outlet_id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: outlets: %w", err)
	}
	defer rows.Close()
	out := []truthlens.Outlet{}
	for rows.Next() {
		o, err := scanOutlet(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: outlets: %w", err)
	}
	return out, nil
}

// Outlet returns one outlet by id (a name is accepted too: it is slugged).
func (db *DB) Outlet(ctx context.Context, id string) (*truthlens.Outlet, error) {
	rows, err := db.read.QueryContext(ctx, outletSelect+` WHERE outlet_id = ? GROUP BY outlet_id`, truthlens.OutletID(id))
	if err != nil {
		return nil, fmt.Errorf("sqlite: outlet %s: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("sqlite: outlet %s: %w", id, err)
		}
		return nil, storeenc.NotFound("outlet", id)
	}
	return scanOutlet(rows)
}

func scanOutlet(rows *sql.Rows) (*truthlens.Outlet, error) {
	var o truthlens.Outlet
	if err := rows.Scan(&o.ID, &o.Name, &o.Articles, &o.Objectivity, &o.Accuracy, &o.Transparency, &o.Overall); err != nil {
		return nil, fmt.Errorf("sqlite: outlets: %w", err)
	}
	storeenc.RoundOutlet(&o)
	return &o, nil
}
