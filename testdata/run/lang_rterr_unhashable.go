package main

// Using an unhashable dynamic type (a slice) as an interface map key.

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	var k interface{} = []int{1}
	m[k] = 2
}
