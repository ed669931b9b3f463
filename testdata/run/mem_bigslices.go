package main

// Large slice allocations freed and reallocated: a few hundred MB in total,
// never more than a few MB live.

func main() {
	sum := 0
	for i := 0; i < 300; i++ {
		s := make([]int, 100000+i)
		s[i] = i
		s[len(s)-1] = 1
		for j := 0; j < len(s); j += 4096 {
			sum += s[j]
		}
		sum += s[len(s)-1]
	}
	println("sum:", sum)
	var grid [][]byte
	for i := 0; i < 1000; i++ {
		grid = append(grid, make([]byte, 1000))
		grid[i][i] = byte(i)
	}
	t := 0
	for i := range grid {
		t += int(grid[i][i])
	}
	println("grid:", len(grid), t)
}
