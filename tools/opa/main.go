// Command opa builds the pinned OPA CLI from the Go module proxy.
// A wrapper module is used because `go install opa@vX` refuses modules with replace directives.
package main

import (
	"os"

	"github.com/open-policy-agent/opa/cmd"
)

func main() {
	if err := cmd.RootCommand.Execute(); err != nil {
		os.Exit(1)
	}
}
