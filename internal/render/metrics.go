package render

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sync"
	"text/tabwriter"
	"time"
)

// Metrics counts how often each layout ran and how long it took, partials
// included in the layout that called them (vestis build --templateMetrics).
type Metrics struct {
	mu    sync.Mutex
	stats map[string]*metric
}

type metric struct {
	count      int
	total, max time.Duration
}

func (m *Metrics) add(name string, d time.Duration) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stats == nil {
		m.stats = map[string]*metric{}
	}
	s := m.stats[name]
	if s == nil {
		s = &metric{}
		m.stats[name] = s
	}
	s.count++
	s.total += d
	s.max = max(s.max, d)
}

// WriteTable writes the layouts slowest in total first.
func (m *Metrics) WriteTable(w io.Writer) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(m.stats))
	for n := range m.stats {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(m.stats[b].total, m.stats[a].total), cmp.Compare(a, b))
	})
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "cumulative\tmean\tmaximum\tcount\tlayout\t")
	for _, n := range names {
		s := m.stats[n]
		fmt.Fprintf(tw, "%v\t%v\t%v\t%d\tlayouts/%s\t\n", s.total.Round(time.Microsecond), (s.total / time.Duration(s.count)).Round(time.Microsecond),
			s.max.Round(time.Microsecond), s.count, n)
	}
	return tw.Flush()
}
