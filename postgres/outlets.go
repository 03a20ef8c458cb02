package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
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
	rows, err := db.pool.Query(ctx, outletSelect+` GROUP BY outlet_id ORDER BY count(*) DESC, outlet_id`)
	if err != nil {
		return nil, fmt.Errorf("postgres: outlets: %w", err)
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
		return nil, fmt.Errorf("postgres: outlets: %w", err)
	}
	return out, nil
}

// Outlet returns one outlet by id (a name is accepted too: it is slugged).
func (db *DB) Outlet(ctx context.Context, id string) (*truthlens.Outlet, error) {
	o, err := scanOutlet(db.pool.QueryRow(ctx, outletSelect+` WHERE outlet_id = $1 GROUP BY outlet_id`, truthlens.OutletID(id)))
	if isNoRows(err) {
		return nil, storeenc.NotFound("outlet", id)
	}
	return o, err
}

func scanOutlet(row pgx.Row) (*truthlens.Outlet, error) {
	var o truthlens.Outlet
	if err := row.Scan(&o.ID, &o.Name, &o.Articles, &o.Objectivity, &o.Accuracy, &o.Transparency, &o.Overall); err != nil {
		if isNoRows(err) {
			return nil, err
		}
		return nil, fmt.Errorf("postgres: outlets: %w", err)
	}
	storeenc.RoundOutlet(&o)
	return &o, nil
}
