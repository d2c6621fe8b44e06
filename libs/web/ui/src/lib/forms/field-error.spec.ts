import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FieldError, fieldErrorMessage, lengthBetween } from './field-error';

describe('fieldErrorMessage', () => {
  it("puts the field's own messages first, then required, too long and the API's word", () => {
    expect(fieldErrorMessage(null)).toBeNull();
    expect(
      fieldErrorMessage({ pattern: true, server: 'x' }, { pattern: 'workers.form.phonePattern' }),
    ).toEqual({
      key: 'workers.form.phonePattern',
      params: {},
    });
    expect(fieldErrorMessage({ required: true, server: 'x' })).toEqual({
      key: 'validation.required',
      params: {},
    });
    expect(fieldErrorMessage({ maxlength: { requiredLength: 64, actualLength: 70 } })).toEqual({
      key: 'validation.maxLength',
      params: { max: 64 },
    });
    expect(fieldErrorMessage({ server: 'fieldErrors.uuid' })).toEqual({
      key: 'fieldErrors.uuid',
      params: {},
    });
    const between = { key: 'validation.lengthBetween', params: { min: 2, max: 100 } };
    expect(fieldErrorMessage({ minlength: {} }, lengthBetween(2, 100))).toEqual(between);
    expect(fieldErrorMessage({ maxlength: { requiredLength: 100 } }, lengthBetween(2, 100))).toEqual(between);
  });
});

@Component({
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldError],
  template: `
    <mat-form-field>
      <input matInput [formControl]="name" />
      <mat-error [waFieldError]="name" data-testid="name-error" />
    </mat-form-field>
  `,
})
class Host {
  readonly name = new FormControl('', [Validators.required, Validators.maxLength(4)]);
}

describe('FieldError', () => {
  it('shows the message of the error the field has now, in the form field', async () => {
    await TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: {
            'zh-CN': {
              validation: {
                required: '必填项',
                maxLength: '最多 {{max}} 个字符',
              },
              fieldErrors: { max_length: '内容过长' },
            },
          },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(Host);
    const page = fixture.nativeElement as HTMLElement;
    const error = () => page.querySelector('[data-testid="name-error"]')?.textContent?.trim();
    const name = fixture.componentInstance.name;
    name.markAsTouched();
    await fixture.whenStable();
    expect(error()).toBe('必填项');
    name.setValue('张三丰太长');
    await fixture.whenStable();
    expect(error()).toBe('最多 4 个字符');
    name.setValue('张三');
    name.setErrors({ server: 'fieldErrors.max_length' });
    await fixture.whenStable();
    expect(error()).toBe('内容过长');
  });
});
