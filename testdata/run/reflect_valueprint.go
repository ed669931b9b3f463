package main

// Printing reflect.Value and reflect.Type operands from package main: the
// unit emits descriptors of reflect's types (reflect.Value holds a
// *reflect.rtype), whose method tables must match reflect's own.

import (
	"fmt"
	"reflect"
)

type P struct {
	A int
	B []string
}

func main() {
	v := reflect.ValueOf(P{7, []string{"x"}})
	fmt.Println(v, v.Field(0), v.Field(1).Index(0), v.Type(), v.Kind())
	fmt.Printf("%v %d %s %v\n", v.Field(0), v.Field(0), v.Field(1), reflect.ValueOf(map[string]int{"k": 1}))
	fmt.Println(reflect.TypeOf(v), reflect.TypeOf(v.Type()))
}
