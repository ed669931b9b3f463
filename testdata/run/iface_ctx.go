package main

type I interface{ M() int }
type T struct{ a int }

func (t T) M() int { return t.a }

type W struct {
	I
	n int
}

func main() {
	m := map[string]I{}
	m["a"] = T{1}
	m["b"] = &T{2}
	println(m["a"].M(), m["b"].M(), len(m))
	k := map[interface{}]int{}
	k[1] = 10
	k["x"] = 20
	k[T{3}] = 30
	k[2.5] = 40
	println(k[1], k["x"], k[T{3}], k[2.5], k[T{4}], len(k))
	lit := map[interface{}]I{"q": T{5}, 7: T{6}}
	println(lit["q"].M(), lit[7].M())
	ch := make(chan I, 2)
	ch <- T{7}
	ch <- &T{8}
	println((<-ch).M(), (<-ch).M())
	w := W{T{9}, 0}
	f := w.M
	w.I = T{10}
	println(f(), w.M())
	done := make(chan bool)
	var i I = T{11}
	go func(i I) {
		println("go", i.M())
		done <- true
	}(i)
	<-done
	func() {
		defer i.M()
		var ni I
		defer func() { println("recovered:", recover() != nil) }()
		defer ni.M()
		println("not reached")
		defer func() { println("deferred") }()
	}()
	s := []interface{}{1, "two", 3.0, T{4}}
	for _, x := range s {
		switch v := x.(type) {
		case int:
			println("int", v)
		case string:
			println("string", v)
		case float64:
			println("float", v)
		case I:
			println("I", v.M())
		}
	}
	arr := [2]interface{}{T{1}, nil}
	println(arr[1] == nil, arr[0] != nil)
}
