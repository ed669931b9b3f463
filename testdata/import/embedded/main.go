package main

import "ex/emb"

func main() {
	var o emb.Outer
	o.set(1)
	_ = o.inner
	_ = o.y
}
