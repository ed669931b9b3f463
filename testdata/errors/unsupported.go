package main

import "net/http" // ERROR "package net/http is not in gocc's standard library"

func main() {
	var x comparable // ERROR "gocc: generics \(the comparable constraint\) are not supported yet"
	_ = x
	_ = http.Get
}
