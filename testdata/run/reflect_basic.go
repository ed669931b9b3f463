package main

// reflect: TypeOf/Kind/Name/String, struct fields (exportedness, offsets,
// embedding), Elem/Key/Len, and Value reads (Int, String, Index, Field,
// MapIndex, IsNil, Interface), setting through a pointer. (Values are printed
// through their methods: fmt's own handling of a reflect.Value operand is
// covered by the fmt programs.)

import (
	"fmt"
	"reflect"
)

type Base struct{ ID int }

type User struct {
	Name  string
	Age   int
	email string
	Tags  []string
	Base
}

type ID int64

func main() {
	u := User{"ann", 30, "a@x", []string{"x", "y"}, Base{5}}
	t := reflect.TypeOf(u)
	fmt.Println(t, t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %v %v %v %d\n", f.Name, f.Type, f.IsExported(), f.Anonymous, f.Offset)
	}
	for _, x := range []any{1, int8(2), uint(3), 1.5, "s", true, []int{1}, [2]int{}, map[string]int{}, &u, ID(4), 'r', struct{}{}} {
		tt := reflect.TypeOf(x)
		fmt.Printf("%-16v %-8s %-8v %q\n", tt, tt.Kind(), tt.Kind() == reflect.Pointer, tt.Name())
	}
	fmt.Println(reflect.TypeOf([]string{}).Elem(), reflect.TypeOf(map[string]bool{}).Key(),
		reflect.TypeOf(map[string]bool{}).Elem(), reflect.TypeOf([3]int{}).Len(), reflect.TypeOf(&u).Elem())
	fmt.Println(reflect.TypeOf(nil) == nil, reflect.ValueOf(nil).IsValid())

	v := reflect.ValueOf(u)
	fmt.Println(v.Field(0).String(), v.Field(1).Int(), v.Field(3).Len(), v.Field(3).Index(1).String())
	fmt.Println(v.Field(2).CanInterface(), v.Field(0).CanInterface(), v.Field(0).Interface())
	m := reflect.ValueOf(map[string]int{"k": 7})
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("k")).Int(), m.MapIndex(reflect.ValueOf("missing")).IsValid())
	fmt.Println(len(m.MapKeys()), m.MapKeys()[0].String())
	var np *User
	fmt.Println(reflect.ValueOf(np).IsNil(), reflect.ValueOf([]int(nil)).IsNil())
	pv := reflect.ValueOf(&u).Elem()
	pv.Field(1).SetInt(31)
	pv.Field(0).SetString("bob")
	fmt.Println(u.Name, u.Age, pv.Field(1).CanSet(), pv.Field(2).CanSet(), v.Field(1).CanSet())
	var x any = ID(9)
	xv := reflect.ValueOf(x)
	fmt.Println(xv.Kind(), xv.Type(), xv.Int(), xv.Interface().(ID))
	fmt.Println(reflect.ValueOf(2.5).Float(), reflect.ValueOf(uint16(9)).Uint(), reflect.ValueOf(true).Bool())
	fmt.Println(reflect.Int.String(), reflect.Slice, reflect.Kind(99))
}
