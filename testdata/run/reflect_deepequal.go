package main

// reflect.DeepEqual on basic values, nil, slices (nil vs empty), maps,
// cyclic pointer structures, NaN, funcs, chans, structs with unexported
// fields, interfaces holding different types, errors.

import (
	"fmt"
	"math"
	"reflect"
)

type Node struct {
	V    int
	Next *Node
	M    map[string][]int
	I    any
}

func main() {
	a := &Node{V: 1, M: map[string][]int{"x": {1, 2}}, I: []string{"s"}}
	a.Next = a
	b := &Node{V: 1, M: map[string][]int{"x": {1, 2}}, I: []string{"s"}}
	b.Next = b
	c := &Node{V: 1, M: map[string][]int{"x": {1, 3}}, I: []string{"s"}}
	c.Next = c
	var f func()
	ch := make(chan int)
	cases := [][2]any{
		{1, 1}, {1, 2}, {1, int64(1)}, {"a", "a"}, {nil, nil}, {nil, 1}, {[]int{1}, []int{1}},
		{[]int{}, []int(nil)}, {[]int(nil), []int(nil)}, {map[int]int{}, map[int]int(nil)},
		{map[int]int{1: 2}, map[int]int{1: 2}}, {map[int]int{1: 2}, map[int]int{1: 3}},
		{a, b}, {a, c}, {[2]float64{1, math.NaN()}, [2]float64{1, math.NaN()}}, {math.NaN(), math.NaN()},
		{f, f}, {ch, ch}, {ch, make(chan int)}, {struct{ A, b int }{1, 2}, struct{ A, b int }{1, 2}},
		{[]any{1, "x", nil}, []any{1, "x", nil}}, {[]any{1}, []any{int8(1)}}, {&[]int{1}, &[]int{1}},
		{map[string]any{"k": []int{1}}, map[string]any{"k": []int{1}}}, {complex(1, 2), complex(1, 2)},
		{error(nil), nil}, {fmt.Errorf("x"), fmt.Errorf("x")},
	}
	for i, c := range cases {
		fmt.Println(i, reflect.DeepEqual(c[0], c[1]))
	}
}
