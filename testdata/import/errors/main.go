package main

import "ex/methods"

func main() {
	var t lib.Point
	_ = t.hidden
	_ = lib.hidden
	_ = lib.Nope
	_ = t.secret()
	var s interface{ secret() int } = t
	_ = s
}
