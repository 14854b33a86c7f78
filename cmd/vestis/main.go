// Command vestis builds multilingual static sites of program publications.
//
//	vestis build [flags]   build the site into public/
//	vestis version         print the version
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
