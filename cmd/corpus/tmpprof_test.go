package main

import (
		"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"runtime/pprof"
	"testing"
	"time"

	vestis "github.com/vestis-ssg/vestis"
	"github.com/vestis-ssg/vestis/internal/build"
)

func TestTmpProfileAdd(t *testing.T) {
	out := os.Getenv("TMPPROF")
	if out == "" {
		t.Skip()
	}
	dir := os.Getenv("TMPDIRC")
	if _, err := os.Stat(dir); err != nil {
		if _, err := generate(dir, 1000, 1, true); err != nil {
			t.Fatal(err)
		}
	}
	builder := build.NewBuilder(build.Options{Site: os.DirFS(dir), Theme: vestis.Theme(), LazyCards: true})
	if _, _, err := builder.Rebuild(nil); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "content/news/*.lv.md"))
	file := files[len(files)/2]
	orig, _ := os.ReadFile(file)
	defer os.WriteFile(file, orig, 0o644)
	rel, _ := filepath.Rel(dir, file)
	tags := regexp.MustCompile(`(?m)^tags: .*$`)
	f, _ := os.Create(out)
	pprof.StartCPUProfile(f)
	var times, gcTimes []time.Duration
	for i := 0; i < 80; i++ {
		if i%4 >= 2 {
			runtime.GC()
		}
		os.WriteFile(file, []byte(tags.ReplaceAllString(string(orig), "tags: ["+[]string{"workshops", "conferences"}[i%2]+"]")), 0o644)
		start := time.Now()
		if _, _, err := builder.Rebuild([]string{rel}); err != nil {
			t.Fatal(err)
		}
		if i%4 >= 2 {
			gcTimes = append(gcTimes, time.Since(start))
		} else {
			times = append(times, time.Since(start))
		}
	}
	slices.Sort(times)
	slices.Sort(gcTimes)
	t.Log("median", times[len(times)/2], "after a GC", gcTimes[len(gcTimes)/2], builder.Rendered())
	pprof.StopCPUProfile()
	f.Close()
}
