package main

// %v, %+v, %#v and %T on structs, pointers to structs, nested structs,
// slices, arrays, maps (printed with sorted keys), nil values, interfaces.

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     Point
	PP    *Point
	Any   interface{}
	f     float64
}

type Celsius float64
type List []int
type Dict map[string]bool

func main() {
	p := Point{1, -2}
	n := Named{Name: "n", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1, "m": 13},
		P: p, Any: 42, f: 1.5}
	vals := []interface{}{p, &p, n, []int{1, 2, 3}, [2]bool{true, false}, []string{}, []int(nil),
		map[int]string{3: "c", 1: "a", 2: "b"}, map[string]int(nil), map[string][]int{"k": {1}},
		Celsius(36.6), List{4, 5}, Dict{"yes": true, "no": false}, nil, struct{}{},
		struct {
			A int
			B string
		}{1, "x"}, []*int{nil}, [][]int{{1}, {2, 3}}, map[Point]string{{2, 1}: "b", {1, 2}: "a"},
		map[float64]int{2.5: 1, -1: 2, 0: 3}, map[bool]int{true: 1, false: 0},
		[]interface{}{1, "a", nil, 2.5}, int8(-3), 'x', uintptr(9), complex64(1 + 1i), error(nil)}
	for i, v := range vals {
		fmt.Printf("%d: %%v=%v\n", i, v)
		fmt.Printf("%d: %%+v=%+v\n", i, v)
		fmt.Printf("%d: %%#v=%#v\n", i, v)
		fmt.Printf("%d: %%T=%T\n", i, v)
	}
	var np *Point
	fmt.Printf("nil ptr: %v %+v %#v %T\n", np, np, np, np)
	pp := &n
	fmt.Printf("ptr to struct with nil ptr field: %+v\n", pp)
	fmt.Printf("%d %x %o\n", []int{10, 11}, map[string]int{"b": 255, "a": 16}, [2]int{8, 9})
	fmt.Printf("%6.2f\n", []float64{1, 2.345})
	fmt.Printf("%q\n", map[string]string{"k2": "v2", "k1": "v1"})
	fmt.Printf("%v %d\n", &[]int{1}, &map[string]int{"a": 1})
	fmt.Printf("%v\n", &[2]string{"x", "y"})
	fmt.Println(p, &p, []*Point{nil}, n.Attrs)
	fmt.Print(p, "x", 1, 2, "y", "z", 3.5, nil, '\n')
	fmt.Print("\n")
}
