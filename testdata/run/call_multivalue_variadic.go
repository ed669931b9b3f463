package main

import "fmt"

func two() (string, int) { return "n=%d", 100 }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair() (int, int) { return 3, 4 }

func main() {
	fmt.Println(fmt.Sprintf(two()))
	fmt.Println(sum(pair()))
}

func ie() (int, error) { return 5, nil }

func show(x interface{}, e error) { println(x.(int), e == nil) }

func init() {
	show(ie())
	fmt.Println(fmt.Sprint(ie()))
}
