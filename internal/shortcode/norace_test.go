//go:build !race

package shortcode

const raceDetector = false
