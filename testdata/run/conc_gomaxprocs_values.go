package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(4)
	fmt.Println(runtime.GOMAXPROCS(2), runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(8), runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1))
}
