package main

var log []string

func idx(name string, i int) int { log = append(log, name); return i }

func g() int { println("g called"); return 7 }

func main() {
	a := []int{0, 0, 0, 0}
	a[idx("l", 1)] = a[idx("r", 2)] + idx("c", 5)
	println(a[1], log[0], log[1], log[2])
	var arr [3]int
	arr[idx("L", 2)] = idx("R", 9)
	println(arr[2], log[3], log[4])
	defer func() { println("recovered:", recover() != nil) }()
	var e []int
	e[idx("i", 0)] = g()
}
