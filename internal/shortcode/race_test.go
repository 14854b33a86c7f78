//go:build race

package shortcode

// raceDetector reports whether tests run with -race, which makes matching
// ten times slower.
const raceDetector = true
