package main

type Str string

func (s Str) String() string { return "Str<" + string(s) + ">" }

type Code int

func main() {
	defer func() {
		panic(Str("second"))
	}()
	panic(Code(42))
}
