package main

// for loop forms: three-clause, condition-only, infinite with break, empty
// clauses, multiple variables, decrementing, modifying the index in the body.

func main() {
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
	n := 5
	for n > 0 {
		print(n, " ")
		n -= 2
	}
	println()
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	println("k:", k)
	j := 0
	for ; j < 3; {
		j++
	}
	println("j:", j)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ",", j, " ")
	}
	println()
	for i := 10; i > 0; i /= 3 {
		print(i, " ")
	}
	println()
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
			continue
		}
		print(i, " ")
	}
	println()
	var x uint8
	cnt := 0
	for x = 250; x != 4; x++ {
		cnt++
	}
	println("uint8 wrap loop:", cnt)
	sum := 0
	for i := 0; i < 100; i++ {
		for j := i; j < 100; j += 7 {
			sum += j
		}
	}
	println("nested sum:", sum)
}
