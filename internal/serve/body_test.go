package serve

import "testing"

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                              false,
		"gzip":                          true,
		"gzip, deflate, br, zstd":       true,
		"deflate, GZIP;q=0.5":           true,
		"br;q=1.0, gzip;q=0.8, *;q=0.1": true,
		"gzip;q=0":                      false,
		"gzip; q=0.000":                 false,
		"identity":                      false,
		"*":                             true,
		"*;q=0":                         false,
		"gzip;q=0, *":                   false,
		"x-gzip":                        true,
		"gzipx":                         false,
		"br":                            false,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}
