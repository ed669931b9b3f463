//go:build windows

package main

func main() { println("w") }
