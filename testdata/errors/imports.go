package main

import (
	"net/http" // ERROR "package net/http is not in gocc's standard library"
	"unsafe"
)

func main() {
	_ = unsafe.Sizeof(1)
}
