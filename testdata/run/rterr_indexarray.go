package main

// Index out of range on an array through a variable index.

func main() {
	var a [3]int
	for i := 0; i < 5; i++ {
		a[i] = i
		println("set", i)
	}
}
