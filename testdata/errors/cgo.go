package main

// #include <stdio.h>
import "C" // ERROR "gocc: cgo \(import .C.\) is not supported"

func main() {}
