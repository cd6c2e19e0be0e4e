/**
 * How a report prints the things every layer recognises: a number, and (as they move here) a
 * report's title, a heading's numbering, a Chinese numeral. One definition each, so that a reader
 * that finds a table by its numbers and the template that reads the numbers of its cells agree on
 * what a number is. Depends on nothing but the JDK; every layer may use it.
 */
package org.reportauditor.grammar;
