//go:build linux && (amd64 || arm64) && !windows

package main

func main() { println("a") }
