package main

// Type switches: binding in single-type cases, multi-type cases keep the
// interface type, nil case, default, switch on non-empty interfaces, fallback
// order (first matching case wins).

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func classify(v interface{}) {
	switch x := v.(type) {
	case nil:
		println("nil")
	case int, int64:
		_, isInt := x.(int)
		println("int or int64, is int:", isInt)
	case string:
		println("string of len", len(x))
	case Animal:
		println("animal says", x.Sound())
	case error:
		println("error", x.Error())
	case []interface{}:
		println("list of", len(x))
		for _, e := range x {
			classify(e)
		}
	default:
		println("default")
	}
}

func animal(a Animal) string {
	switch a := a.(type) {
	case Dog:
		return "Dog"
	case *Cat:
		return "Cat " + a.name
	case nil:
		return "no animal"
	}
	return "?"
}

func main() {
	classify(nil)
	classify(1)
	classify(int64(2))
	classify("hey")
	classify(Dog{})
	classify(&Cat{"tom"})
	classify(Cat{"value"})
	classify(3.5)
	classify([]interface{}{1, "x", nil, Dog{}})
	println(animal(Dog{}), animal(&Cat{"kit"}), animal(nil))
	var i interface{} = 5
	switch i.(type) {
	case interface{}:
		println("matches interface{} first")
	case int:
		println("int")
	}
	switch y := i.(type) {
	default:
		println("default only", y.(int))
	}
	var c *Cat
	var a Animal = c
	switch a.(type) {
	case nil:
		println("nil case")
	case *Cat:
		println("typed nil *Cat matches *Cat, not nil")
	}
}
