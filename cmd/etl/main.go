// Command etl builds the numtrail dataset: statistics about UK migration,
// one typed row per figure, with full provenance.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}
