package main

// os.Exit ends the program at once with its status; deferred calls do not run.

import (
	"fmt"
	"os"
)

func main() {
	defer func() { fmt.Println("never printed") }()
	fmt.Println("before exit")
	os.Exit(3)
}
