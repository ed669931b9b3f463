
#line 1 "unit.go"
TEXT main.add(SB), ABIInternal, $0-16
	ADDQ	BX, AX
#line 2
	RET

#line 10 "unit.go"
TEXT main.sum(SB), ABIInternal, $32-8
#line 10
	MOVQ	AX, 0(SP)
	XORL	AX, AX
#line 11
	XORL	BX, BX
#line 11
	JMP	b1
b2:
#line 12
	MOVQ	AX, DI
#line 12
	ADDQ	8(SP), DI
#line 12
	MOVQ	DI, 16(SP)
#line 12
	CALL	runtime.printint(SB)
#line 12
	XORPS	X15, X15
#line 11
	MOVQ	8(SP), AX
#line 11
	ADDQ	$1, AX
#line 11
	MOVQ	AX, BX
#line 11
	MOVQ	16(SP), AX
b1:
#line 11
	MOVQ	BX, 8(SP)
#line 11
	CMPQ	BX, 0(SP)
#line 11
	JLT	b2
#line 11
	RET
