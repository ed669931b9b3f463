package main

// Wrong verbs, missing and extra operands, bad indexes, bad widths, %!
// forms, nil operands, panicking methods, and Errorf with %w.

import (
	"errors"
	"fmt"
)

type Boom struct{}

func (Boom) String() string { panic("kaboom") }

type BoomE struct{}

func (BoomE) Error() string { panic(fmt.Errorf("inner %d", 7)) }

type NilOK struct{ n int }

func (p *NilOK) String() string { return fmt.Sprint("n=", p.n) }

type Pt struct{ X, Y int }

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s %t %e\n", 42, 1, "x")
	fmt.Printf("%z %!\n", 1, 2)
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra", 2.5, nil)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%[2]d %[1]d %[3]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d %[1]\n", 1)
	fmt.Printf("%[2]*[1]d|%-*d|%*d|%.*f\n", 5, 8, 4, 1, -3, 2, 2, 3.14159)
	fmt.Printf("%*d %.*d %*d\n", "w", 1, "p", 2, 1e9, 3)
	fmt.Printf("%5%|%-5%|%")
	fmt.Println()
	fmt.Printf("%d %s %v %x\n", nil, nil, nil, nil)
	fmt.Printf("%d\n", Pt{1, 2})
	fmt.Printf("%s\n", Pt{1, 2})
	fmt.Printf("%v|%s|%d\n", Boom{}, []Boom{{}}, Boom{})
	fmt.Printf("%v\n", BoomE{})
	var np *NilOK
	fmt.Printf("%v %s %+v\n", np, np, []*NilOK{nil, {3}})
	fmt.Println(Boom{}, np)
	base := errors.New("base")
	e1 := fmt.Errorf("level1: %w", base)
	e2 := fmt.Errorf("level2 (%d): %w", 2, e1)
	fmt.Println(e1, "|", e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == base, errors.Is(e2, base))
	e3 := fmt.Errorf("two %w %w", base, errors.New("second"))
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("not an error %w", 42)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("%+v|%#v|%5w", Pt{1, 2}, Pt{1, 2}, base)
	fmt.Println(e5)
	fmt.Println(fmt.Errorf("plain %q", "x"), fmt.Errorf("%w", nil))
	fmt.Println(fmt.Sprintf("%w", base))
	var target *myErr
	e6 := fmt.Errorf("ctx: %w", &myErr{"m"})
	fmt.Println(errors.As(e6, &target), target.s)
}

type myErr struct{ s string }

func (e *myErr) Error() string { return "myErr " + e.s }
