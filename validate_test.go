package vestis_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestW3CValidator checks every HTML page of the minified example site with the
// W3C Nu HTML Checker (vnu.jar from npm's vnu-jar).
func TestW3CValidator(t *testing.T) {
	jar := os.Getenv("VESTIS_VNU_JAR")
	if _, err := os.Stat(jar); err != nil {
		jar = ""
	}
	need(t, "the W3C checker (VESTIS_VNU_JAR)", jar, "run: npm install vnu-jar and set VESTIS_VNU_JAR to node_modules/vnu-jar/build/dist/vnu.jar (.ci/run does)")
	java, _ := exec.LookPath("java")
	need(t, "java", java, "install a Java runtime")

	res := buildExample(t)
	dir := filepath.Join(t.TempDir(), "public")
	if err := res.Write(dir); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(java, "-jar", jar, "--errors-only", "--skip-non-html", "--format", "gnu", dir).CombinedOutput()
	if err != nil {
		t.Errorf("the W3C checker found errors:\n%s", out)
	}
}
