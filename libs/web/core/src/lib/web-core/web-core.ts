import { Component } from '@angular/core';

@Component({
  selector: 'wa-web-core',
  imports: [],
  templateUrl: './web-core.html',
  styleUrl: './web-core.css',
})
export class WebCore {}
