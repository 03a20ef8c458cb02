package main

import (
	"context"
	"log/slog"

	truthlens "github.com/truthlens/truthlens"
	"github.com/truthlens/truthlens/postgres"
)

func init() {
	openPostgres = func(ctx context.Context, url string, logger *slog.Logger) (truthlens.Store, error) {
		db, err := postgres.Open(ctx, url, logger)
		if err != nil {
			return nil, err
		}
		return db, nil
	}
}
