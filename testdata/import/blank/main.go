package main

import (
	"ex/lib"
	_ "ex/mid"
)

func main() {
	println(lib.Order(), lib.Count)
}
