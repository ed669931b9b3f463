package main

// range over arrays, pointers to arrays, slices, strings, maps, channels and
// integers-free forms: index only, value only, blank, evaluation once.

var calls int

func getSlice() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	arr := [4]int{10, 20, 30, 40}
	for i, v := range arr {
		arr[3] = 99 // range over an array copies it
		print(i, ":", v, " ")
	}
	println("arr[3]:", arr[3])
	pa := &[3]string{"a", "b", "c"}
	for i, v := range pa {
		pa[2] = "z" // pointer: not copied
		print(i, v, " ")
	}
	println()
	for i := range pa {
		print(i, " ")
	}
	println()
	var nilpa *[5]int
	c := 0
	for i := range nilpa { // len only: nil pointer fine
		c += i
	}
	println("range nil *array index-only:", c)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 100) // range evaluated once
			s[2] = 30
		}
		print(v, " ")
	}
	println(len(s))
	for range getSlice() {
	}
	println("calls:", calls)
	for _, r := range "héy" {
		print(r, " ")
	}
	println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	total := 0
	keys := 0
	for k, v := range m {
		total += v
		keys += int(k[0])
	}
	println("map total:", total, keys)
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		print(v, " ")
	}
	println()
	var nilSlice []int
	for range nilSlice {
		println("never")
	}
	var nilMap map[int]int
	for range nilMap {
		println("never")
	}
	var i int
	for i = range [7]struct{}{} {
	}
	println("last index:", i)
	bs := []byte("abc")
	for i := range bs {
		bs[i] -= 32
	}
	println(string(bs))
}
