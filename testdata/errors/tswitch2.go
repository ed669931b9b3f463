package main

type I interface{ M() }

type T int

func (T) M() {}

func f(r interface{}, i I) {
	switch _ := r.(type) { // ERROR "no new variable on left side of :="
	}
	switch v := r.(type) {
	case int:
		if v > 0 {
			fallthrough // ERROR "cannot fallthrough in type switch"
		}
	case string:
	}
	switch v := i.(type) {
	case T:
	case nil:
		_ = v
	}
	_ = i.(string) // ERROR "impossible type assertion: i\.\(string\)"
	_, _ = i.(int) // ERROR "impossible type assertion: i\.\(int\)"
	x, ok := r.(T)
	_ = x
	var n int = r // ERROR "cannot use r \(variable of type interface\{\}\) as type int in variable declaration"
	_, _ = n, ok
}

func main() {}
