import { Component } from '@angular/core';

@Component({
  selector: 'wa-web-admin',
  imports: [],
  templateUrl: './web-admin.html',
  styleUrl: './web-admin.css',
})
export class WebAdmin {}
