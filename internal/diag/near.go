package diag

import (
	"strings"
	"unicode/utf8"
)

// Near are those of names nearest to name (distance, letter case aside),
// when near enough to be a slip: one difference in a name of up to five
// letters, two in a longer one.
func Near(names []string, name string) []string {
	limit := 1
	if utf8.RuneCountInString(name) > 5 {
		limit = 2
	}
	var best []string
	bestD := limit + 1
	for _, n := range names {
		d := Distance(strings.ToLower(n), strings.ToLower(name))
		if d > limit || d > bestD {
			continue
		}
		if d < bestD {
			best, bestD = nil, d
		}
		best = append(best, n)
	}
	return best
}

// Distance is the edit distance of a and b in characters, two swapped
// neighbours counting as one edit (optimal string alignment).
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
