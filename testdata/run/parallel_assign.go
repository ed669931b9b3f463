package main

func two() (int, int) { return 0, 7 }

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	println(i, x[0], x[1])
	i = 1
	i, x[i] = two()
	println(i, x[0], x[1])
	r := []rune{'a', 'b'}
	i = 1
	for i, r[i] = range "c" {
		break
	}
	println(i, r[0], r[1])
	var arr [3]int
	j := 2
	for j, arr[j] = range [2]int{5, 6} {
	}
	println(j, arr[0], arr[1], arr[2])
}
