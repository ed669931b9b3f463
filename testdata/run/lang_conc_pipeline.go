package main

// A three-stage pipeline: generate -> square -> sum, with channels closed
// stage by stage.

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range sq(gen(1, 2, 3, 4)) {
		println(v)
	}
	total := 0
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i
	}
	for v := range filterOdd(sq(sq(gen(nums...)))) {
		total += v
	}
	println("sum of odd 4th powers:", total)
}
