package diag

import (
	"strings"
	"unicode/utf8"
)

// Near are those of names nearest to name (distance, letter case aside),
// when near enough to be a slip (Slip).
func Near(names []string, name string) []string {
	limit := 1
	if utf8.RuneCountInString(name) > 5 {
		limit = 2
	}
	var best []string
	bestD := limit + 1
	for _, n := range names {
		if d := utf8.RuneCountInString(n) - utf8.RuneCountInString(name); d > limit || -d > limit {
			continue // a long name is not compared letter by letter
		}
		d := Distance(strings.ToLower(n), strings.ToLower(name))
		if d > bestD || !Slip(name, n, d) {
			continue
		}
		if d < bestD {
			best, bestD = nil, d
		}
		best = append(best, n)
	}
	return best
}

// Slip reports whether a, d edits (Distance) from b, is near enough to be
// a slip of b, relative to their lengths: in letter case alone; two
// neighbours swapped in a name of two letters ("ti" for "it"); one edit
// when the shorter has three to five letters; two when it has more. One
// edit of a name of one or two letters makes another name, not a slip:
// "x" is not "a" mistyped, nor "id" "ids".
func Slip(a, b string, d int) bool {
	n := min(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	switch {
	case d == 0:
		return true
	case n <= 2:
		ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
		return d == 1 && len(ra) == 2 && len(rb) == 2 && ra[0] == rb[1] && ra[1] == rb[0]
	case n <= 5:
		return d <= 1
	}
	return d <= 2
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
