package main

// reflect.StructTag: Get and Lookup on struct field tags.

import (
	"fmt"
	"reflect"
)

type Row struct {
	Name  string `json:"name" db:"user_name"`
	Age   int    `json:"age,omitempty"`
	Plain bool
	Esc   string `x:"a\"b" y:"tab\tz"`
}

func main() {
	t := reflect.TypeOf(Row{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("db")
		fmt.Printf("%s %q %q %q %v %q %q\n", f.Name, f.Tag, f.Tag.Get("json"), v, ok, f.Tag.Get("x"), f.Tag.Get("y"))
	}
}
