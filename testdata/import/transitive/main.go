package main

import "ex/mid"

func main() {
	println(mid.Trace)
	println(mid.Shade(1), mid.Max)
	var p mid.Pair
	println(p.N)
}
