package main

// fmt.Errorf with %w wrapping, errors.Is / errors.As / errors.Unwrap through
// several layers, errors.New identity, multiple wraps in Go 1.19 (one %w).

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathErr struct {
	Path string
	Err  error
}

func (p *PathErr) Error() string { return p.Path + ": " + p.Err.Error() }
func (p *PathErr) Unwrap() error { return p.Err }

func open(name string) error {
	if name == "" {
		return &PathErr{"<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Is(e2, errors.New("not found")))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Unwrap(e3) == nil)
	err := fmt.Errorf("op failed: %w", open(""))
	var pe *PathErr
	if errors.As(err, &pe) {
		fmt.Println("as PathErr:", pe.Path, errors.Is(err, ErrNotFound))
	}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	e4 := fmt.Errorf("code %d: %w", 404, &PathErr{"/x", errors.New("gone")})
	fmt.Println(e4)
	fmt.Println(errors.As(e4, &pe), pe.Path)
	fmt.Println(errors.New("a") == errors.New("a"))
	bad := fmt.Errorf("bad %w", "not an error")
	fmt.Println(bad, errors.Unwrap(bad) == nil)
	fmt.Println(fmt.Errorf("nil wrap: %w", nil))
	fmt.Println(open("ok") == nil)
}
